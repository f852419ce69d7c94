package org.trucewatch.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LedgerStoresTest {
  @Test
  void aLibpqUrlBecomesTheJdbcUrlWithItsCredentialsAsParameters() {
    assertThat(LedgerStores.jdbcUrl("postgresql://tw:s%40cret@127.0.0.1:5432/trucewatch"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:5432/trucewatch?user=tw&password=s%40cret");
    assertThat(LedgerStores.jdbcUrl("postgres://tw@db.example.org/ledger?sslmode=require"))
        .isEqualTo("jdbc:postgresql://db.example.org/ledger?sslmode=require&user=tw");
    assertThat(LedgerStores.jdbcUrl("postgresql://127.0.0.1/ledger"))
        .isEqualTo("jdbc:postgresql://127.0.0.1/ledger");
  }

  @Test
  void aJdbcUrlIsKeptAndEveryPostgresqlFormIsTheServerStore() {
    String jdbc = "jdbc:postgresql://127.0.0.1:5432/t?user=a&password=b";
    assertThat(LedgerStores.jdbcUrl(jdbc)).isEqualTo(jdbc);
    assertThat(LedgerStores.isServer(jdbc)).isTrue();
    assertThat(LedgerStores.isServer("postgresql://h/d")).isTrue();
    assertThat(LedgerStores.isServer("ledger.sqlite")).isFalse();
    assertThatThrownBy(() -> LedgerStores.sqliteFile("jdbc:mysql://h/d")).hasMessageContaining("not supported");
  }
}
