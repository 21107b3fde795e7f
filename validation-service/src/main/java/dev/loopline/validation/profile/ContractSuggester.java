package dev.loopline.validation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.validation.contract.ExpectationSpec;
import dev.loopline.validation.contract.FieldSpec;
import dev.loopline.validation.contract.FieldType;
import dev.loopline.validation.profile.ContractSuggestion.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Suggests a contract from a sample, Deequ style: the narrowest type every value fits,
 * required when no value is missing, a range from the observed minimum and maximum,
 * allowed values for a low-cardinality string, an entity key among the fields whose
 * values are all present and distinct, and the first timestamp as event time.
 */
public final class ContractSuggester {

	/** Most distinct values a string may have to be suggested as categorical. */
	static final int MAX_CATEGORIES = 10;

	private ContractSuggester() {
	}

	public static ContractSuggestion suggest(List<Map<String, @Nullable Object>> records) {
		List<FieldProfile> profiles = Profiler.profile(records);
		List<FieldSpec> fields = new ArrayList<>();
		List<ExpectationSpec> expectations = new ArrayList<>();
		List<Reason> reasons = new ArrayList<>();
		String eventTime = null;
		for (FieldProfile profile : profiles) {
			FieldType type = type(profile);
			boolean required = profile.nulls() == 0 && profile.count() > 0;
			fields.add(new FieldSpec(profile.name(), type.id(), required));
			reasons.add(new Reason(profile.name(), "type " + type.id(), typeReason(profile, type)));
			reasons.add(new Reason(profile.name(), required ? "required" : "optional",
					profile.nulls() + " of " + profile.count() + " records have no value"));
			if (type.isNumeric() && profile.min() != null) {
				expectations
					.add(ExpectationSpec.of("between", profile.name()).withBounds(profile.min(), profile.max()));
				reasons.add(new Reason(profile.name(), "between",
						"observed range " + profile.min() + " .. " + profile.max()));
			}
			if (type == FieldType.CATEGORICAL) {
				List<String> values = profile.topValues()
					.stream()
					.map(FieldProfile.ValueCount::value)
					.sorted()
					.toList();
				expectations.add(ExpectationSpec.of("in_set", profile.name()).withValues(values));
				reasons.add(new Reason(profile.name(), "in_set", values.size() + " distinct values"));
			}
			if (type == FieldType.TIMESTAMP && eventTime == null) {
				eventTime = profile.name();
				reasons.add(new Reason(profile.name(), "eventTime", "first timestamp field"));
			}
		}
		String entityKey = entityKey(profiles);
		if (entityKey != null) {
			reasons.add(new Reason(entityKey, "entityKey", "every record has a distinct value"));
		}
		return new ContractSuggestion(fields, entityKey, eventTime, expectations, records.size(), reasons);
	}

	private static FieldType type(FieldProfile profile) {
		FieldType type = FieldType.of(profile.type()).orElse(FieldType.STRING);
		boolean fewValues = profile.distinct() <= MAX_CATEGORIES
				&& profile.distinct() * 2 <= profile.count() - profile.nulls();
		return (type == FieldType.STRING && profile.distinct() > 0 && fewValues) ? FieldType.CATEGORICAL : type;
	}

	private static String typeReason(FieldProfile profile, FieldType type) {
		if (type == FieldType.CATEGORICAL) {
			return "only " + profile.distinct() + " distinct values in " + (profile.count() - profile.nulls());
		}
		return "all " + (profile.count() - profile.nulls()) + " values are " + type.id();
	}

	private static @Nullable String entityKey(List<FieldProfile> profiles) {
		List<FieldProfile> candidates = profiles.stream()
			.filter((profile) -> profile.nulls() == 0 && profile.count() > 0 && profile.distinct() == profile.count())
			.filter((profile) -> !"number".equals(profile.type()) && !"timestamp".equals(profile.type()))
			.toList();
		return candidates.stream()
			.filter((profile) -> profile.name().equalsIgnoreCase("id") || profile.name().endsWith("_id")
					|| profile.name().endsWith("Id"))
			.findFirst()
			.or(() -> candidates.stream().findFirst())
			.map(FieldProfile::name)
			.orElse(null);
	}

}
