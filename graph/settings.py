"""Store settings from the environment (CKG_*) or a .env file."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CKG_", env_file=".env", extra="ignore")

    db_path: Path = Path("data/graph")
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr("")
    neo4j_database: str | None = None
    neo4j_max_pool_size: int = 50
    read_only: bool = False

    @property
    def backend(self) -> str:
        return "neo4j" if self.neo4j_uri else "ladybug"

    @property
    def location(self) -> str:
        """Where the data lives, for messages (never includes a password)."""
        return self.neo4j_uri or str(self.db_path)
