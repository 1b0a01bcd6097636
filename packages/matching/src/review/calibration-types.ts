/** One submitted review: the reviewer's overall rubric score for the application. */
export interface ReviewScore {
  applicationId: string;
  reviewerId: string;
  /** The rubric's weighted score, on the scale [scale.min, scale.max]. */
  score: number;
}

export interface CalibrationParams {
  /** The rubric's scale (default 1–5). */
  scale: { min: number; max: number };
  /**
   * How many reviews a reviewer's prior (offset 0, scale 1) is worth: a reviewer with few
   * reviews keeps close to the prior, one with many is judged by their own (default 3).
   */
  reviewerPrior: number;
  /** How many reviews at the mean an application's prior is worth (default 1). */
  applicationPrior: number;
  /**
   * Reviewers disagree on an application when their calibrated scores differ by this many
   * points or more (default 30 % of the scale: 1.2 on 1–5).
   */
  disagreement: number | null;
}

export interface CalibratedApplication {
  applicationId: string;
  /** Rank by calibrated score, 1 = best (ties by raw mean, then id). */
  rank: number;
  /** Rank by raw mean, as the committee would have read it. */
  rawRank: number;
  rawMean: number;
  /** The application's estimated quality on the rubric's scale, reviewer effects removed. */
  calibrated: number;
  /** How many reviews the calibrated score rests on. */
  reviews: number;
  /** Its reviews with each reviewer's offset and scale removed (input order). */
  calibratedReviews: { reviewerId: string; raw: number; calibrated: number }[];
  /** Highest minus lowest calibrated review (0 with one review). */
  spread: number;
  /** Whether the reviewers disagree widely (spread ≥ the threshold). */
  disagreement: boolean;
}

export interface ReviewerEffect {
  reviewerId: string;
  reviews: number;
  /** Points the reviewer gives above (+) or below (−) an average reviewer for the same work. */
  offset: number;
  /** How far the reviewer spreads scores: > 1 uses more of the scale than average, < 1 less. */
  scale: number;
  rawMean: number;
}

export interface CalibrationResult {
  /** Best calibrated score first. */
  applications: CalibratedApplication[];
  /** In order of first appearance. */
  reviewers: ReviewerEffect[];
  /** The overall mean μ of the model. */
  mean: number;
  /**
   * Groups of applications and reviewers linked by reviews. Across groups the model cannot tell
   * a strict reviewer from weak applications, so the priors alone compare them: 1 is best.
   */
  components: number;
  iterations: number;
  converged: boolean;
}
