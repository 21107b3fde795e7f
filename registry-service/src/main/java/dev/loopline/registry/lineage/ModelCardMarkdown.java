package dev.loopline.registry.lineage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.loopline.contracts.FairnessReport;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link ModelCard} as markdown for people.
 */
final class ModelCardMarkdown {

	private ModelCardMarkdown() {
	}

	@SuppressWarnings("unchecked")
	static String render(Map<String, Object> card) {
		StringBuilder md = new StringBuilder();
		md.append("# Model card: ").append(card.get("model")).append(" v").append(card.get("version")).append("\n\n");
		line(md, "Status", card.get("status"));
		line(md, "Aliases", card.get("aliases"));
		line(md, "Description", card.get("description"));
		Map<String, Object> use = Lineage.section(card.get("intendedUse"));
		md.append("\n## Intended use\n\n");
		line(md, "Task", use.get("task"));
		line(md, "Label", use.get("label"));
		line(md, "Algorithm", use.get("algorithm"));
		md.append("\n## Data\n\n");
		Lineage.section(card.get("data")).forEach((key, value) -> line(md, key, value));
		line(md, "holdoutRows", card.get("holdoutRows"));
		md.append("\n## Metrics (hold-out set, vs champion v")
			.append(text(card.get("championVersionCompared")))
			.append(")\n\n| metric | value | champion | delta |\n|---|---|---|---|\n");
		for (Map<String, Object> row : (List<Map<String, Object>>) card.get("metrics")) {
			md.append("| ")
				.append(row.get("metric"))
				.append(" | ")
				.append(num(row.get("value")))
				.append(" | ")
				.append(num(row.get("champion")))
				.append(" | ")
				.append(num(row.get("delta")))
				.append(" |\n");
		}
		fairness(md, (FairnessReport) card.get("fairness"));
		md.append("\n## Policy decision\n\n");
		line(md, "Policy", card.get("policy"));
		Map<String, Object> decision = Lineage.section(card.get("decision"));
		line(md, "Decision", decision.get("status"));
		line(md, "Reason", decision.get("reason"));
		md.append("\n## Trainer\n\n");
		Lineage.section(card.get("trainer")).forEach((key, value) -> line(md, key, value));
		md.append("\n## Lineage\n\n");
		Lineage.section(card.get("lineage")).forEach((key, value) -> line(md, key, value));
		return md.toString();
	}

	private static void fairness(StringBuilder md, @Nullable FairnessReport fairness) {
		md.append("\n## Fairness\n\n");
		if (fairness == null) {
			md.append("No fairness report.\n");
			return;
		}
		md.append("Metric `")
			.append(fairness.metric())
			.append("` per group of `")
			.append(fairness.field())
			.append("` (gap ")
			.append(num(fairness.gap()))
			.append(")\n\n| group | value |\n|---|---|\n");
		fairness.byGroup()
			.forEach((group, value) -> md.append("| ").append(group).append(" | ").append(num(value)).append(" |\n"));
	}

	private static void line(StringBuilder md, String name, @Nullable Object value) {
		md.append("- **").append(name).append("**: ").append(text(value)).append('\n');
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "—";
	}

	private static String num(@Nullable Object value) {
		return (value instanceof Number number) ? String.format(Locale.ROOT, "%.4f", number.doubleValue()) : "—";
	}

}
