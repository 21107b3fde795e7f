package dev.loopline.ingestion.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvLineTest {

	@Test
	void splitsPlainFieldsKeepingEmptyOnes() {
		assertThat(CsvLine.split("a,,c,")).containsExactly("a", "", "c", "");
		assertThat(CsvLine.split("")).containsExactly("");
	}

	@Test
	void unquotesQuotedFieldsWithCommasAndDoubledQuotes() {
		assertThat(CsvLine.split("\"a,b\",\"say \"\"hi\"\"\",\"\"")).containsExactly("a,b", "say \"hi\"", "");
	}

	@Test
	void rejectsAnUnterminatedQuote() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvLine.split("1,\"abc,2"))
			.withMessage("unterminated quoted field starting at column 3");
	}

	@Test
	void rejectsTextAfterAClosingQuoteAndQuotesInsideUnquotedFields() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvLine.split("\"ab\"c,1"))
			.withMessageContaining("after a closing quote at column 5");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvLine.split("ab\"c,1"))
			.withMessageContaining("quote inside an unquoted field at column 3");
	}

}
