/** The answering API every adapter calls: questions in, dated and sourced passages out. */
package dev.hotline.answer;
