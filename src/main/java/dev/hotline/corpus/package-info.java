/** Reads article files of several formats into plain-text articles with their metadata. */
package dev.hotline.corpus;
