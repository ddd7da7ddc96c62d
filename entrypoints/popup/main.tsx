import { render } from 'preact';
import { localizeDocument } from '@/lib/i18n';
import { Popup } from './Popup';

localizeDocument(document);
render(<Popup />, document.getElementById('app')!);
