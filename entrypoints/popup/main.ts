// Toolbar popup: the report for the current tab (see src/ui/popup-page.ts).
import '../../src/ui/extension-page.css';
import '../../src/ui/report.css';
import { startPopup } from '../../src/ui/popup-page';

void startPopup(document, new AbortController().signal);
