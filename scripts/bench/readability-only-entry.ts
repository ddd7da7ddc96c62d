// The baseline content script for the size figure: plain Readability on a clone of the page.
import { Readability } from '@mozilla/readability';

(globalThis as unknown as { okurBaseline: () => unknown }).okurBaseline = () => new Readability(document.cloneNode(true) as Document).parse();
