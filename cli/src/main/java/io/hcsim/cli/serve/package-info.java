/**
 * {@code hcsim serve}: a local web page over the engine. {@link io.hcsim.cli.serve.WebServer}
 * starts Jetty on the loopback address; {@link io.hcsim.cli.serve.Guard} refuses what did not come
 * from the page itself (DNS rebinding, other sites) and sets the Content-Security-Policy;
 * {@link io.hcsim.cli.serve.Api} answers {@code /api/…} with the same JSON and documents as the
 * commands (through {@link io.hcsim.cli.Pipelines} and the reports' renderers), each request
 * capped ({@link io.hcsim.cli.serve.Caps}) and queued ({@link io.hcsim.cli.serve.Slots}); the page
 * itself is plain HTML, CSS and JavaScript under {@code resources/hcsim/web/}. Nothing is written
 * to disk. docs/serve.md describes the API.
 */
package io.hcsim.cli.serve;
