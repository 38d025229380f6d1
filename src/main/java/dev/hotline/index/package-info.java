/**
 * The Lucene index of passages: its schema and analysis, building it atomically (one build at a
 * time per folder, an article at a time), keeping each generation while any process reads it, and
 * searching it.
 */
package dev.hotline.index;
