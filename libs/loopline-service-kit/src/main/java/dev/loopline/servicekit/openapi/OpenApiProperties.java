package dev.loopline.servicekit.openapi;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OpenAPI info settings ({@code loopline.openapi.*}).
 *
 * @param title the API title; defaults to {@code spring.application.name}
 * @param version the API version
 * @param description the API description
 */
@Validated
@ConfigurationProperties("loopline.openapi")
public record OpenApiProperties(@Nullable String title, @DefaultValue("v1") String version,
		@DefaultValue("") String description) {

}
