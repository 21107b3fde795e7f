package dev.loopline.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @SpringBootTest} against the real test Kafka broker and PostgreSQL server
 * of {@link LooplineInfrastructure}.
 * <p>
 * The application context gets, ahead of {@code application.properties} (explicit test
 * properties such as {@code @SpringBootTest(properties = ...)} still win):
 * <ul>
 * <li>{@code spring.kafka.bootstrap-servers},
 * {@code spring.cloud.stream.kafka.binder.brokers} and
 * {@code spring.embedded.kafka.brokers}: the broker;</li>
 * <li>{@code spring.datasource.url}, {@code .username}, {@code .password}: a fresh, empty
 * database created for this test class;</li>
 * <li>{@code loopline.security.api-keys[i].name/key/roles}: the {@link TestApiKeys}.</li>
 * </ul>
 * Each annotated test class gets its own application context (and database), closed after
 * the class unless {@link #closeContextAfterClass()} is {@code false}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

	/**
	 * Whether to point the context at the Kafka broker.
	 * @return {@code true} to set the Kafka properties (default)
	 */
	boolean kafka() default true;

	/**
	 * Whether to create a fresh database and point the context's data source at it.
	 * @return {@code true} to set the data source properties (default)
	 */
	boolean database() default true;

	/**
	 * Whether to close the application context after the test class. The context is
	 * specific to the class, so no other class could reuse it; closing it stops its Kafka
	 * consumers (which would otherwise keep taking partitions from later test classes
	 * that use the same consumer groups) and returns its database connections.
	 * @return {@code true} to close the context after the class (default)
	 */
	boolean closeContextAfterClass() default true;

}
