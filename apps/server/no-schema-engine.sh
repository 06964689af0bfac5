#!/bin/sh
# Stands in for Prisma 7's native schema engine, which its CLI would otherwise download before
# `prisma generate` (PRISMA_SCHEMA_ENGINE_BINARY in package.json). Generating never runs it.
echo "Prisma 7's schema engine is not installed: author migrations with \`pnpm migration:new <name>\`." >&2
exit 1
