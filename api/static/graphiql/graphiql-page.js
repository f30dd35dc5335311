// GraphiQL for /graphql from the project's own files: React, ReactDOM and GraphiQL are vendored from npm
// (package-lock.json) by `make setup`, so the page works with no network. The editor opens on an example query;
// #query=, #variables= and #operationName= in the address open (and share) another one: a fragment, because a GET
// of /graphql?query=... is a GraphQL request the server answers with JSON.

const EXAMPLE_QUERY = `# company-kg: who is connected to whom,
# since when, and says who.
#
# Run: Ctrl-Enter or the play button.
# Complete: Ctrl-Space. Schema: the Docs pane.
# Mutations need a header (Headers tab):
#   {"Authorization": "Bearer <CKG_API_KEY>"}

query MiniMax {
  organization(name: "MiniMax") {
    name
    founders { name }
    investors {
      investor { name }
      round { date amount { amount currency } }
      lead
    }
  }
  search(text: "zhipu", limit: 3) {
    score
    entity { id name kind }
  }
}
`;

function hashParameters() {
  return new URLSearchParams(window.location.hash.slice(1));
}

function urlParameters() {
  const params = hashParameters();
  return {
    query: params.get("query") || undefined,
    variables: params.get("variables") || undefined,
    operationName: params.get("operationName") || undefined,
  };
}

function rememberInUrl(key, value) {
  const params = hashParameters();
  if (value) params.set(key, value);
  else params.delete(key);
  const hash = params.toString();
  history.replaceState(null, "", hash ? `#${hash}` : window.location.pathname);
}

function showFailure(root, message) {
  root.dataset.state = "error";
  root.textContent = message;
}

function start() {
  const root = document.getElementById("graphiql");
  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    showFailure(root, "GraphiQL's files are missing from this server (api/static/vendor/). Run `make setup`.");
    return;
  }
  const url = window.location.href.split(/[?#]/)[0];
  const fetcher = window.GraphiQL.createFetcher({ url });
  const initial = urlParameters();
  const element = window.React.createElement(window.GraphiQL, {
    fetcher,
    defaultQuery: EXAMPLE_QUERY,
    query: initial.query,
    variables: initial.variables,
    operationName: initial.operationName,
    defaultEditorToolsVisibility: Boolean(initial.variables),
    shouldPersistHeaders: false,
    onEditQuery: (value) => rememberInUrl("query", value),
    onEditVariables: (value) => rememberInUrl("variables", value),
    onEditOperationName: (value) => rememberInUrl("operationName", value),
  });
  window.ReactDOM.createRoot(root).render(element);
  root.dataset.state = "ready";
}

start();
