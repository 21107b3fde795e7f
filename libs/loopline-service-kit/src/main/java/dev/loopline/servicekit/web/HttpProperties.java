package dev.loopline.servicekit.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP settings ({@code loopline.http.*}).
 *
 * @param maxRequestSize the largest accepted request body; also the default of Boot's
 * multipart limits
 * @param maxUploadSize the largest accepted body of a file upload, a request whose
 * content type is {@code text/csv} or {@code multipart/*}: uploads are streamed, so they
 * may be far larger than any body a service holds in memory
 * @param uploadContentTypes the content types (prefixes, case-insensitive) that get
 * {@code maxUploadSize}: a service that streams other bodies (the registry's
 * {@code application/octet-stream} model bundles) adds their type here
 */
@Validated
@ConfigurationProperties("loopline.http")
public record HttpProperties(@DefaultValue("10MB") DataSize maxRequestSize,
		@DefaultValue("10GB") DataSize maxUploadSize, @DefaultValue( {
				"text/csv", "multipart/" }) List<String> uploadContentTypes){

}
