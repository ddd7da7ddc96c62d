import { render } from 'preact';
import { localizeDocument } from '@/lib/i18n';
import { Reader } from './Reader';

localizeDocument(document);
const params = new URLSearchParams(location.search);
render(<Reader id={params.get('id')} open={params.get('open')} />, document.getElementById('app')!);
