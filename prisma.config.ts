/* eslint-disable @typescript-eslint/no-explicit-any -- patches untyped internals of pg and the adapter */
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { defineConfig, env } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'

// Prisma 6.19 CLI with the WASM schema engine (no native schema-engine / query-engine
// binaries, nothing downloaded). Four workarounds for @prisma/adapter-pg 6.19.3 bugs:
//
// 1. prisma/orm#27403: the adapter rejects the catalog types "char" (OID 18) and
//    name (OID 19) returned by the schema engine's introspection queries
//    ("Column type 'name' could not be deserialized from the database").
//    Report them to the adapter as text / text[]. Only affects this CLI process.
const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1003: 1009 }
const Result = (pg as any).Result
if (!Result.prototype.__prismaCliPatched) {
  const addFields = Result.prototype.addFields
  Result.prototype.addFields = function (fields: Array<{ dataTypeID: number }>) {
    for (const f of fields) f.dataTypeID = AS_TEXT[f.dataTypeID] ?? f.dataTypeID
    return addFields.call(this, fields)
  }
  Result.prototype.__prismaCliPatched = true
}

// 2. Its executeScript() splits migration scripts on every ";", which breaks
//    dollar-quoted function bodies and string literals containing ";". Send each
//    script as one simple query instead, like the native schema engine does.
// 4. PostgreSQL 18 records NOT NULL as pg_constraint rows of type 'n'. The 6.19 schema
//    engine's introspection (migrate dev, migrate diff, db pull) does not know that type
//    and panics ("RuntimeError: unreachable"). Nullability is read from pg_attribute
//    anyway, so those rows are dropped from its constraint query.
function patchAdapter<T extends object>(adapter: T): T {
  const a = adapter as any
  a.executeScript = async (script: string) => {
    try {
      await a.client.query(script)
    } catch (error) {
      a.onError(error)
    }
  }
  const queryRaw = a.queryRaw.bind(a)
  a.queryRaw = async (query: unknown) => {
    const result = await queryRaw(query)
    const column = result?.columnNames?.indexOf('constraint_type') ?? -1
    if (column >= 0) result.rows = result.rows.filter((row: unknown[]) => row[column] !== 'n')
    return result
  }
  return adapter
}

// 3. PrismaPg#connectToShadowDb() connects to the *main* database when the adapter
//    was built from a connectionString (pg lets it override `database`), and drops the
//    temporary database before closing its pool ("is being accessed by other users").
//    This version creates a throwaway database, connects to it, and drops it after.
class PrismaPgMigrate extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, allowExitOnIdle: true })
  }
  async connect() {
    return patchAdapter(await super.connect())
  }
  async connectToShadowDb() {
    const admin = await this.connect()
    const database = `prisma_shadow_${randomUUID().replace(/-/g, '')}`
    await admin.executeScript(`CREATE DATABASE "${database}"`)
    const shadowUrl = new URL(this.url)
    shadowUrl.pathname = `/${database}`
    const shadow = patchAdapter(
      await new PrismaPg({ connectionString: shadowUrl.toString(), allowExitOnIdle: true }).connect(),
    )
    const closeShadow = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await closeShadow()
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`)
      await admin.dispose()
    }
    return shadow
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPgMigrate(env('DATABASE_URL')),
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})

// Optional: the WASM engine leaves 10 s / 60 s timeout timers armed after
// `migrate deploy` / `migrate dev` / `db push` finish, so the CLI lingers. Unref them.
const setTimeoutOrig = globalThis.setTimeout
globalThis.setTimeout = ((fn: (...args: any[]) => void, ms?: number, ...args: any[]) => {
  const t = setTimeoutOrig(fn, ms, ...args)
  if ((ms ?? 0) >= 10_000) t.unref()
  return t
}) as typeof setTimeout
