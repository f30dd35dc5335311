"""API settings: the store settings plus the API key, production mode and abuse limits (env CKG_*)."""

from __future__ import annotations

from pydantic import SecretStr

from graph.settings import StoreSettings


class Settings(StoreSettings):
    api_key: SecretStr | None = None  # CKG_API_KEY; mutations are disabled when unset
    production: bool = False  # CKG_PRODUCTION; masks internal errors
    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_page_size: int = 200
    max_search_limit: int = 100
    max_path_limit: int = 20
    max_hops: int = 6
    max_body_bytes: int = 2_000_000
    request_timeout_seconds: float = 30.0
    store_threads: int = 1  # store calls run off the event loop on this many worker threads

    @property
    def mutations_enabled(self) -> bool:
        return self.api_key is not None and bool(self.api_key.get_secret_value())
