# Strategiportalen's caching front (Varnish 7.1 with varnish-modules' xkey), docs/decisions/070.
# Rendered by lib/front/vcl.ts (`npm run front:vcl`): the @…@ placeholders are filled from the
# configuration and the Swedish dictionary. Start varnishd with `-p http_gzip_support=off`.
vcl 4.1;

import std;
import directors;
import xkey;

# The app's health: the app and its database (GET /api/health). A sick instance gets no requests;
# with every instance sick, stored pages are served past their lifetime (grace) instead.
probe health {
  .url = "/api/health";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

@BACKENDS@

# Who may purge: the app's own addresses.
acl purgers {
@PURGERS@
}

sub vcl_init {
  new app = directors.round_robin();
@DIRECTOR@
}

sub vcl_recv {
  set req.backend_hint = app.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey) {
      return (synth(400, "No xkey"));
    }
    # Soft purge: the page stays for grace, so an outage right after a publish still shows something.
    return (synth(200, "Purged " + xkey.softpurge(req.http.xkey)));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "@UNCACHED@") {
    return (pass);
  }
  # A public page is the same for everyone: a session cookie must not reach it (nor split the cache).
  unset req.http.Cookie;
  unset req.http.Authorization;
  if (req.http.Accept-Encoding ~ "gzip") {
    set req.http.Accept-Encoding = "gzip";
  } else {
    unset req.http.Accept-Encoding;
  }
  # While the app answers, an expired or purged page is never served stale: the next request after a
  # publish shows it. Only when every instance is sick do stored pages outlive their lifetime.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 0s;
  }
  return (hash);
}

sub vcl_backend_response {
  set beresp.grace = 24h;
  if (bereq.uncacheable) {
    return (deliver);
  }
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "private|no-store") {
    return (pass(120s));
  }
  if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+" && (beresp.status == 200 || beresp.status == 301 || beresp.status == 308 || beresp.status == 404 || beresp.status == 410)) {
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 0s);
    unset beresp.http.Surrogate-Control;
    return (deliver);
  }
  if (bereq.url ~ "^/_next/static/" && beresp.status == 200) {
    return (deliver);
  }
  # Anything the app did not mark as public for the front is not stored.
  return (pass(120s));
}

sub vcl_backend_error {
  # An instance that has just gone away: try the next one before giving up.
  if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  set beresp.status = 503;
  set beresp.ttl = 0s;
  set beresp.grace = 0s;
  set beresp.http.Retry-After = "30";
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Cache-Control = "no-store";
  synthetic({"@UNAVAILABLE@"});
  return (deliver);
}

sub vcl_deliver {
  unset resp.http.xkey;
  unset resp.http.Surrogate-Control;
  # The front's own cache status, for operators and tests: HIT (stored), MISS (stored now), PASS (never stored).
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
