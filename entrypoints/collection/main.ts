// Collection page: saved claims with search, filters, export and import (see src/ui/collection-page.ts).
import '../../src/ui/extension-page.css';
import '../../src/ui/collection.css';
import { startCollectionPage } from '../../src/ui/collection-page';

void startCollectionPage(document, new AbortController().signal);
