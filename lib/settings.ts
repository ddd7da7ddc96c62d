import { storage } from 'wxt/utils/storage';
import { DEFAULT_TEXT_SIZE } from './text-size';

/**
 * Every stored setting, declared once with its default. Versions start at 1 so that later
 * releases can migrate what earlier ones stored.
 */


export const textSizeSetting = storage.defineItem<number>('local:textSize', {
  fallback: DEFAULT_TEXT_SIZE,
  version: 1,
});
