/** "Test yourself" quizzes: a processor that checks them and makes quiz nodes, and their HTML. */
package dev.lectern.markdown.quiz;
