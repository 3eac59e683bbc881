// JSON over fetch; every answer comes back as {status, ok, body}, errors as RFC 9457 problem details.
export async function call(method, url, body, headers = {}) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkError) {
    return { status: 0, ok: false, body: { detail: String(networkError) } };
  }
  const text = await response.text();
  let parsed = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch (notJson) {
    parsed = { detail: text };
  }
  return { status: response.status, ok: response.ok, body: parsed };
}

/** 503 and 429 mean "too busy" (or rebuilding), 0 means the server could not be reached: all worth retrying. */
export function isBusy(answer) {
  return answer.status === 503 || answer.status === 429 || answer.status === 0;
}
