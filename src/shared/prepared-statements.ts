// Prepared SQLite statements, compiled once per connection and text: preparing costs
// more than running a small query, and the client's rounds and the server's batches
// run the same few thousands of times. Used by the client's index and the server's
// metadata store.
import type Database from "better-sqlite3";

export type PreparedStatements = (text: string) => Database.Statement;

export function preparedStatements(db: Database.Database): PreparedStatements {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}
