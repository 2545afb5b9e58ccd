package io.hcsim.cli.serve;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets through only what the page itself sends. A request must name the server as its Host (a
 * DNS-rebinding page names its own domain, which resolves to 127.0.0.1 but is not in the list),
 * an Origin, when sent, must be the server's own, and a browser must not mark it as coming from
 * another site. Every answer carries a Content-Security-Policy that allows the page's own files
 * only (no inline script, no other origin) and no CORS header, so no other site may read it.
 */
final class Guard extends Handler.Wrapper {
  /** The page's own scripts, styles and requests; images from data: URLs (none are fetched). */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";
  /**
   * A debrief shown on the page is the report's own HTML, whose styles are in the document: it
   * may style itself and show its inline charts, and nothing else (no script runs in it).
   */
  static final String DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "font-src data:; frame-ancestors 'self'; sandbox";

  private final Supplier<Set<String>> names;

  /** @param names the {@code host:port} values the server answers to, lower case */
  Guard(Supplier<Set<String>> names, Handler next) {
    super(next);
    this.names = names;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Cross-Origin-Resource-Policy", "same-origin");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    String refused = refusal(request);
    if (refused != null) {
      Routes.send(response, callback, Routes.error(Refusal.of(403, refused)));
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** Why the request is refused, or null. */
  private String refusal(Request request) {
    Set<String> hosts = names.get();
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      return "refused: the request was addressed to '" + host + "', not to this server (" + String.join(", ", hosts)
          + "); open the address 'hcsim serve' printed";
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && !(origin.startsWith("http://")
        && hosts.contains(origin.substring("http://".length()).toLowerCase(Locale.ROOT)))) {
      return "refused: a request from another site (" + origin + "); only the page this server serves may call it";
    }
    if ("cross-site".equals(request.getHeaders().get("Sec-Fetch-Site"))) {
      return "refused: a request from another site; only the page this server serves may call it";
    }
    return null;
  }
}
