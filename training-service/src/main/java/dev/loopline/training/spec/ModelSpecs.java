package dev.loopline.training.spec;

import java.util.List;
import java.util.Map;

import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model spec catalogue: validates and stores versions, finds them. A stored version
 * is announced as a {@link ModelSpecStored} application event (the schedule trigger
 * re-plans on it).
 */
@Service
public class ModelSpecs {

	private final ModelSpecRepository repository;

	private final ApplicationEventPublisher events;

	ModelSpecs(ModelSpecRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Transactional
	ModelSpecVersion put(String name, ModelSpec spec) {
		List<FieldError> errors = SpecValidator.validate(name, spec);
		if (!errors.isEmpty()) {
			throw new BadRequestException("invalid-model-spec", "Invalid model spec",
					errors.size() + " error(s) in the model spec of '" + name + "'", Map.of("errors", errors));
		}
		ModelSpecVersion stored = this.repository.insertNext(name, spec.withDefaults());
		this.events.publishEvent(new ModelSpecStored(stored));
		return stored;
	}

	/**
	 * Returns the latest version of a model's spec.
	 * @param name the model
	 * @return the latest version
	 * @throws NotFoundException ({@code model-spec-not-found}) for an unknown model
	 */
	public ModelSpecVersion latest(String name) {
		return this.repository.latest(name).orElseThrow(() -> new NotFoundException("model-spec", name));
	}

	/**
	 * Returns one version of a model's spec.
	 * @param name the model
	 * @param version the version
	 * @return that version
	 */
	public ModelSpecVersion version(String name, int version) {
		return this.repository.version(name, version)
			.orElseThrow(() -> new NotFoundException("model-spec-version", name + "/" + version));
	}

	List<ModelSpecVersion> versions(String name) {
		List<ModelSpecVersion> versions = this.repository.versions(name);
		if (versions.isEmpty()) {
			throw new NotFoundException("model-spec", name);
		}
		return versions;
	}

	/**
	 * Returns the latest version of every model's spec.
	 * @return latest versions, by name
	 */
	public List<ModelSpecVersion> latestOfEach() {
		return this.repository.latestOfEach();
	}

	/**
	 * Published after a spec version is stored (inside its transaction).
	 *
	 * @param version the stored version
	 */
	public record ModelSpecStored(ModelSpecVersion version) {
	}

}
