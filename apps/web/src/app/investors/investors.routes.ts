import { Routes } from '@angular/router';

// Replaced by the feature's pages.
export const INVESTOR_ROUTES: Routes = [];
