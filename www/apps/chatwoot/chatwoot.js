/*
 * Defuse as a Chatwoot dashboard app (dist/chatwoot/). Chatwoot has no SDK and its
 * protocol is plain postMessage, so the wasm does all of it (crates/defuse-web/src/
 * hosted.rs): it reads the `appContext` JSON string Chatwoot posts, only from the parent
 * window and from the origin the site owner put in the app's URL
 * (`index.html?origin=https://chat.example.com`; without it nothing is read), and asks for
 * a fresh one with "chatwoot-dashboard-app:fetch-info" every few seconds while visible.
 *
 * Chatwoot gives dashboard apps no way to write: no `write` here, so the reply cards offer
 * Copy only.
 */
DefuseHost.start("chatwoot", {});
