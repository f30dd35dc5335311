"""Store settings from the environment (CKG_*) or a .env file."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
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
    # Embedded store memory: Ladybug's page cache, and the WAL size that triggers a checkpoint (keep it
    # well below the cache: the WAL's pages stay cached until checkpointed).
    buffer_pool_mb: int = Field(default=1024, ge=64)
    checkpoint_mb: int = Field(default=256, ge=16)

    @property
    def backend(self) -> str:
        return "neo4j" if self.neo4j_uri else "ladybug"

    @property
    def location(self) -> str:
        """Where the data lives, for messages (never includes a password)."""
        return self.neo4j_uri or str(self.db_path)
