// The page's only door to the server: POST /graphql. Errors become ApiError with a message a person can act on.

const ENDPOINT = new URL("/graphql", window.location.origin).toString();

export class ApiError extends Error {}

export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`Cannot reach the API at /graphql: ${err.message}. Is the server running?`);
  }
  let payload;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} with no readable body.`);
  }
  if (payload.errors && payload.errors.length) {
    throw new ApiError(payload.errors.map((e) => e.message).join("; "));
  }
  if (!response.ok) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText}.`);
  }
  return payload.data;
}
