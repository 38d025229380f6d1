/** Cuts articles into dated, paragraph-sized passages: the unit that is indexed and quoted. */
package dev.hotline.passage;
