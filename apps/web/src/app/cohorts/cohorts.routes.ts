import { Routes } from '@angular/router';

// Replaced by the feature's pages.
export const COHORT_ROUTES: Routes = [];
