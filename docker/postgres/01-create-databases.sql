-- Run once by the postgres image, on an empty data volume only (docker compose down -v to redo).
-- One database per service (PRODUCT.md §5: neither reads the other's); Flyway creates the schemas.
CREATE DATABASE portal;
CREATE DATABASE inbox;
