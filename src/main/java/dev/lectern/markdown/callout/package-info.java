/** GitHub alerts as callout blocks: a post-processor, a node and an HTML renderer. */
package dev.lectern.markdown.callout;
