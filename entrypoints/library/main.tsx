import { render } from 'preact';
import { localizeDocument, t } from '@/lib/i18n';
import { Library } from './Library';

localizeDocument(document, t('libraryPageTitle'));
render(<Library />, document.getElementById('app')!);
