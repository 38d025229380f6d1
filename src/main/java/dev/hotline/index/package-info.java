/**
 * The Lucene index of passages: its schema and analysis, building it atomically, and searching it.
 */
package dev.hotline.index;
