/**
 * Reads article files of several formats into plain-text articles with their metadata, one article
 * at a time.
 */
package dev.hotline.corpus;
