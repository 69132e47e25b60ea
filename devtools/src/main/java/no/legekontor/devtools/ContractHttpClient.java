package no.legekontor.devtools;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@link HttpClient} that checks every call it sends against the {@link Contract}, for the
 * clients generated from the documents ({@code portal-api-client}), which call through
 * {@code java.net.http} rather than REST Assured: the response is read whole, checked, and handed
 * to the caller's body handler. Only {@link #send} is checked; the generated clients use nothing else.
 */
public final class ContractHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Contract contract;

    private ContractHttpClient(HttpClient delegate, Contract contract) {
        this.delegate = delegate;
        this.contract = contract;
    }

    /** {@code delegate}, with each call checked against the committed documents named. */
    public static HttpClient checking(HttpClient delegate, String... documents) {
        return new ContractHttpClient(delegate, Contract.of(documents));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        URI uri = request.uri();
        Set<String> query = new HashSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                query.add(pair.split("=", 2)[0]);
            }
        }
        contract.check(new Contract.Exchange(request.method(), uri.getRawPath(), query,
                request.headers().firstValue("Content-Type").orElse(null), bodyOf(request), false,
                response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                name -> response.headers().firstValue(name).orElse(null), response.body()));
        return new Replayed<>(response, replay(response, handler));
    }

    /** The body as the caller's handler makes it of the bytes already read. */
    private static <T> T replay(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                // everything is delivered below, at once
            }

            @Override
            public void cancel() {
                // nothing to stop
            }
        });
        if (response.body().length > 0) {
            subscriber.onNext(List.of(ByteBuffer.wrap(response.body())));
        }
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the response body could not be replayed to the caller's handler", e);
        }
    }

    private static byte[] bodyOf(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable throwable) {
                body.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                body.complete(bytes.toByteArray());
            }
        });
        return body.orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the contract check covers send() only");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("the contract check covers send() only");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** The delegate's response with the body the caller's handler made. */
    private record Replayed<T>(HttpResponse<byte[]> response, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public Version version() {
            return response.version();
        }
    }
}
