/** Measures answer quality on question files: acc@1, hit@5 and MRR@5, overall and by group. */
package dev.hotline.eval;
