/** Apache Spark job running mixdoc over a corpus; Spark stays in this module. */
package io.mixdoc.spark;
