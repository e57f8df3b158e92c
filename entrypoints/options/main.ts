// Options page: the claims packs (see src/ui/options-page.ts).
import '../../src/ui/extension-page.css';
import { startOptionsPage } from '../../src/ui/options-page';

void startOptionsPage(document, new AbortController().signal);
