import { Routes } from '@angular/router';

// Replaced by the feature's pages.
export const IMPORT_ROUTES: Routes = [];
