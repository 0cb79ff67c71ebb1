namespace Marsad.Training.Ner;

/// <summary>
/// Limited-memory BFGS (Nocedal 1980) with a backtracking Armijo line search: minimizes a smooth function given
/// its value and gradient. Enough for an L2-regularized CRF, whose objective is convex.
/// </summary>
internal sealed class Lbfgs(int memory = 6)
{
    /// <summary>Returns the value at the end; <paramref name="x"/> is updated in place.</summary>
    public double Minimize(Func<double[], double[], double> evaluate, double[] x, int maxIterations, double tolerance,
        Action<int, double, double>? progress, CancellationToken cancellation = default)
    {
        var n = x.Length;
        var g = new double[n];
        var f = evaluate(x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var direction = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var alpha = new double[memory];
        var history = new Queue<double>();
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();
            // two-loop recursion: direction = -H g
            Array.Copy(g, direction, n);
            for (var k = s.Count - 1; k >= 0; k--)
            {
                alpha[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alpha[k], y[k], direction);
            }
            if (s.Count > 0)
                Scale(direction, Dot(s[^1], y[^1]) / Dot(y[^1], y[^1]));
            for (var k = 0; k < s.Count; k++)
            {
                var beta = rho[k] * Dot(y[k], direction);
                Axpy(alpha[k] - beta, s[k], direction);
            }
            Scale(direction, -1);
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // not a descent direction (numerical trouble): restart from steepest descent
                s.Clear();
                y.Clear();
                rho.Clear();
                Array.Copy(g, direction, n);
                Scale(direction, -1);
                slope = Dot(g, direction);
            }
            var step = iteration == 1 ? 1 / Math.Sqrt(Dot(g, g)) : 1.0;
            double fNew;
            var tries = 0;
            while (true)
            {
                for (var i = 0; i < n; i++)
                    xNew[i] = x[i] + (step * direction[i]);
                fNew = evaluate(xNew, gNew);
                if (fNew <= f + (1e-4 * step * slope) || ++tries > 30)
                    break;
                step *= 0.5;
            }
            var sk = new double[n];
            var yk = new double[n];
            for (var i = 0; i < n; i++)
            {
                sk[i] = xNew[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            var sy = Dot(sk, yk);
            if (sy > 1e-10)
            {
                if (s.Count == memory)
                {
                    s.RemoveAt(0);
                    y.RemoveAt(0);
                    rho.RemoveAt(0);
                }
                s.Add(sk);
                y.Add(yk);
                rho.Add(1 / sy);
            }
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            var previous = f;
            f = fNew;
            progress?.Invoke(iteration, f, Math.Sqrt(Dot(g, g)));
            history.Enqueue(previous);
            if (history.Count > 10)
            {
                var old = history.Dequeue();
                if ((old - f) / Math.Max(1, Math.Abs(f)) < tolerance)
                    break;
            }
        }
        return f;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++)
            y[i] += a * x[i];
    }

    private static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++)
            x[i] *= a;
    }
}
