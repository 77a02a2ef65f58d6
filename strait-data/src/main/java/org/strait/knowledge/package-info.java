/**
 * The knowledge base: the dated facts, leaders, disputes, actor names and yearly indicators that the indices, the
 * model and the dashboard read.
 *
 * <p>Read {@link org.strait.knowledge.Knowledge} first: {@code Knowledge.standard()} loads the files shipped under
 * {@code resources/org/strait/knowledge} (schema in {@code docs/knowledge.md}) and validates all of them at once,
 * throwing a {@link org.strait.knowledge.KnowledgeException} that lists every violation with its file and line.
 * Indicators are not shipped: {@link org.strait.knowledge.Indicators#load} reads them at run time from a data folder.
 */
package org.strait.knowledge;
