package dev.loopline.ingestion.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is a quote). Strict on purpose: an upload reports each bad
 * line with its number, raw text and reason and goes on with the next, so a line is a
 * record and a quoted field cannot span lines, and any quoting error names its column.
 */
final class CsvLine {

	private CsvLine() {
	}

	/**
	 * Splits a line into its fields.
	 * @param line the line, without its line break
	 * @return the fields, unquoted
	 * @throws IllegalArgumentException with the reason if the quoting is broken
	 */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		int i = 0;
		int n = line.length();
		while (true) {
			StringBuilder field = new StringBuilder();
			if (i < n && line.charAt(i) == '"') {
				i = quoted(line, i + 1, field);
				if (i < n && line.charAt(i) != ',') {
					throw new IllegalArgumentException(
							"unexpected character after a closing quote at column " + (i + 1));
				}
			}
			else {
				while (i < n && line.charAt(i) != ',') {
					if (line.charAt(i) == '"') {
						throw new IllegalArgumentException("quote inside an unquoted field at column " + (i + 1));
					}
					field.append(line.charAt(i++));
				}
			}
			fields.add(field.toString());
			if (i >= n) {
				return fields;
			}
			i++;
		}
	}

	private static int quoted(String line, int start, StringBuilder field) {
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c != '"') {
				field.append(c);
				i++;
			}
			else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i += 2;
			}
			else {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("unterminated quoted field starting at column " + start);
	}

}
