import { render } from 'preact';
import { readFirstRowsEarly } from '@/components/library/useLibrary';
import { localizeDocument, t } from '@/lib/i18n';
import { Library } from './Library';

readFirstRowsEarly();
localizeDocument(document, t('libraryPageTitle'));
render(<Library />, document.getElementById('app')!);
