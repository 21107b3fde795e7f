package dev.loopline.servicekit.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The service's {@link OpenAPI} description: info from {@code loopline.openapi.*}, the
 * {@code apiKey} security scheme (header {@code X-API-Key}) and, when a JWT decoder
 * exists, the {@code bearer-jwt} scheme, both applied to every operation.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public final class OpenApiAutoConfiguration {

	/** Name of the API key security scheme. */
	public static final String API_KEY_SCHEME = "apiKey";

	/** Name of the JWT bearer security scheme. */
	public static final String BEARER_SCHEME = "bearer-jwt";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI looplineOpenApi(OpenApiProperties properties, Environment environment,
			ObjectProvider<JwtDecoder> jwtDecoder) {
		String title = (properties.title() != null) ? properties.title()
				: environment.getProperty("spring.application.name", "Loopline service");
		Components components = new Components().addSecuritySchemes(API_KEY_SCHEME,
				new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("X-API-Key")
					.description("API key mapped to Loopline roles"));
		OpenAPI openApi = new OpenAPI()
			.info(new Info().title(title).version(properties.version()).description(properties.description()))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(API_KEY_SCHEME));
		if (jwtDecoder.getIfAvailable() != null) {
			components.addSecuritySchemes(BEARER_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
			openApi.addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
		}
		return openApi;
	}

}
