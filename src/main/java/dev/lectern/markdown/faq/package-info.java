/** FAQ blocks: a processor that checks them and makes FAQ nodes, and their HTML renderer. */
package dev.lectern.markdown.faq;
