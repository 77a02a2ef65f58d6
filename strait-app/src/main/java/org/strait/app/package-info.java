/**
 * The use cases the CLI, the HTTP API and the dashboard share, and the wiring of the data to the model.
 *
 * <p>Read {@link org.strait.app.IngestService} first.
 */
package org.strait.app;
