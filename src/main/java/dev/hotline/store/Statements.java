package dev.hotline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binding and running a statement, for the store's smaller tables. */
final class Statements {
  private Statements() {}

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      switch (parameters[i]) {
        case null -> statement.setNull(i + 1, Types.VARCHAR);
        case String text -> statement.setString(i + 1, text);
        case Long number -> statement.setLong(i + 1, number);
        case Integer number -> statement.setInt(i + 1, number);
        case Boolean flag -> statement.setBoolean(i + 1, flag);
        default ->
            throw new IllegalArgumentException("no SQL binding for " + parameters[i].getClass());
      }
    }
  }
}
